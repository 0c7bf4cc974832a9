// Java twin of loops.mojo: same algorithm, same output.
public class Loops {
    static final long N = 20000;
    static final long M = 10000;

    public static void main(String[] args) {
        long total = 0;
        long hits = 0;
        for (long i = 0; i < N; i++) {
            for (long j = 0; j < M; j++) {
                long x = (i * j) % 1009 + i + j;
                total += x % 7 + x / 13;
                if (x % 3 == 0) {
                    hits += 1;
                }
            }
        }
        System.out.println("loops " + total + " " + hits);
    }
}
