"""One error base class; the CLI catches it and exits 2 with its one-line message."""

from __future__ import annotations


class DesignlintError(Exception):
    """A problem the user can fix: bad config, bad rule file, bad template or option."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(DesignlintError):
    """A config file or config option is invalid."""


class RuleDefinitionError(DesignlintError):
    """A rule file (built-in or a team's) is invalid."""


class TemplateError(DesignlintError):
    """A template or preset cannot be rendered."""


class UsageError(DesignlintError):
    """The command line asks for something impossible."""
