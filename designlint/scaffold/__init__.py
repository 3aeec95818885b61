"""The scaffolder: `designlint new` renders design docs, `designlint fix` inserts missing steps.

Both read the step catalogue (rules/catalogue.toml) the linter uses, so a doc they write
always has the headings the linter looks for.
"""
