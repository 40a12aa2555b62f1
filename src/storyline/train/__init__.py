"""Fitting the small models storyline ships, from benchmark data (``storyline train``).

The models are written as JSON next to the code that reads them; every fit reports its
held-out figures (pages split into folds, each fold scored by a model fitted on the others).
"""
