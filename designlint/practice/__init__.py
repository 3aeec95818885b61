"""`designlint practice`: a timed practice run on a classic question.

bank reads the question bank (templates/questions.toml); plan scales the framework's time
budget to the minutes given; doc scaffolds the write-up; clock shows the countdown on a terminal.
"""
