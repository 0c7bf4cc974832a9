# Needs -I lib: greeting.mojo is not beside this file.
from greeting import greet


fn main():
    print(greet("import path"))
