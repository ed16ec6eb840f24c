"""`python -m bot` runs the duebot command line."""

from bot.runtime.cli import main

main()
