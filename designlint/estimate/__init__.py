"""Back-of-envelope arithmetic: read the calculations a design doc states and check them.

quantity: values with a unit algebra (bytes and time); lexer and parser: the text of
one side of an equation to an expression tree; finder: `expression = result` candidates
in a block of text; judge: does the stated result follow; conventions: what a doc says
a day or a month is; figures: named quantities (DAU, write QPS) stated twice;
calculator: the framework's formulas as a function, for `designlint estimate`.
Pure Python, no eval().
"""
