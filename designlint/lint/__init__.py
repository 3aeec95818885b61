"""From checks to findings: rules as data (rules.py), which rules apply (selection.py), running them over
one document (engine.py) and over many files with the content cache (run.py, cache.py), then dropping
suppressed and baselined findings (suppress.py, baseline.py)."""
