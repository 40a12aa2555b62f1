"""Word lists for line classification: page furniture and the neutral words around it."""

# Words that belong to page furniture rather than to news prose.
CHROME_WORDS = frozenset(
    """
    about accept account ad ads advert advertisement advertisements advertising alert alerts
    app apps arrow article articles audio back bookmark breaking browser button captions
    careers categories category click close collapse comment commenting comments conditions
    contact content continue cookie cookies copied copy donate download e-mail email enable
    exclusive expand facebook faq featured feed feedback feeds filed flipboard follow
    fullscreen galleries gallery gift headlines help here hide home icon icons image images
    instagram javascript latest left like likes link linkedin links listen live loading log
    login logout mail main member membership menu messenger min mins minute minutes more
    mute nav navigation newsletter newsletters next notifications open page pages pause
    paywall photo photos pinterest play playing podcast podcasts policy popular preferences
    premium prev previous print printer privacy promoted published read reading reddit
    register related replied replies reply right rss save saved search section sections
    settings share shared shares sharing show sign signup sitemap skip sponsored stories
    story submit subscribe subscribed subscriber subscribers subscription subscriptions
    support tag tags tap telegram terms tiktok toggle top topic topics transcript trending
    tumblr tweet tweets twitter unlock unmute update updated updates video videos view
    viewed views watch whatsapp x youtube
    """.split()  # noqa: SIM905
)

# Names of interface icons, as they appear when a page's icon labels are pasted as text.
ICON_WORDS = CHROME_WORDS | frozenset(
    """
    icon bars bell calendar camera caret check chevron circle clock cross dots down ellipsis
    envelope external globe grid hamburger heart info list location lock minus phone pin play
    plus profile question star times user up x
    """.split()  # noqa: SIM905
)

# Words that are neutral in furniture: they do not make a line prose on their own.
FILLER_WORDS = frozenset(
    """
    a all also an and are at be by down for from in is it just min new now of on or our s
    see that the this to up us via we with you your
    """.split()  # noqa: SIM905
)

# The commonest English function words: their share tells prose from labels and menus.
FUNCTION_WORDS = frozenset(
    """
    the of and to a in is that for it as was with be by on not he i this are or his from at
    which but have an they you were her she there been one all we their has would when if so
    no will more can who what its also had said after than into them then these our about up
    out do could some other only over such may should my your how where while because those
    """.split()  # noqa: SIM905
)

# Words a site's sections and labels are made of ("World News", "Career News", "Press
# Releases"): a name of these alone names no outlet.
SECTION_WORDS = frozenset(
    """
    world latest breaking top local national international business tech technology sports
    sport health science politics opinion home more us u.s. uk live today entertainment video
    videos all our company press news daily weekly market markets industry career careers
    product products release releases room newsroom media photo photos recent related most
    popular trending featured global economy lifestyle travel culture arts weather climate
    energy security member members community customer customers partner partners
    the of and & in for
    middle east west north south africa europe asia pacific america americas latin gulf
    region regions
    """.split()  # noqa: SIM905
)
