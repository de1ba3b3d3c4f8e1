from flatapp.cli import main

raise SystemExit(main())
