"""The one exception type the CLI turns into a one-line message instead of a traceback."""


class KgError(Exception):
    """A problem the user can act on; the message names the file and what is wrong."""
