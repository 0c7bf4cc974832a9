# Mojo as a library of a Python program: the runner binds the Mojo module as `mojo`.
import polyglot

mojo = polyglot.import_value('mojo')
print(mojo.greet('Python'))
print(f'fib(50) = {mojo.fib(50)}')
print(f'sum of squares(5) = {sum(mojo.squares(5))}')
print(f'norm1 = {mojo.Point(3, -4).norm1()}')
