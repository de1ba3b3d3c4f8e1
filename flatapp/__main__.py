from flatapp.cli import run

run()
