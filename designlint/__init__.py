"""designlint: a linter and scaffolder for system design documents."""

__version__ = "0.1.0"
