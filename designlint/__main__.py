from designlint.cli import main

main()
