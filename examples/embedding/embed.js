// Mojo as a library of a JavaScript program: the runner binds the Mojo module as `mojo`.
const mojo = Polyglot.import('mojo');
console.log(mojo.greet('JavaScript'));
console.log(`fib(50) = ${mojo.fib(50)}`);
console.log(`sum of squares(5) = ${Array.from(mojo.squares(5)).reduce((a, b) => a + b, 0)}`);
console.log(`norm1 = ${new mojo.Point(3, -4).norm1()}`);
