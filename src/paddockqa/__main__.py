from paddockqa.cli import main

main()
