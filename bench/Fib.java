// Java twin of fib.mojo: same algorithm, same output.
public class Fib {
    static final int N = 38;

    static long fib(long n) {
        if (n < 2) {
            return n;
        }
        return fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        System.out.println("fib " + fib(N));
    }
}
