"""The errors storyline raises: each message says what was wrong, where, and what to do."""


class StorylineError(Exception):
    """Base class for every error a user can cause and fix."""


class InputError(StorylineError):
    """An input could not be read, decoded or parsed."""


class SettingsError(StorylineError):
    """A setting has a value storyline cannot use."""


class ModelError(StorylineError):
    """The language model is missing or broken."""
