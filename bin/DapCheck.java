import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives `mojo --dap` as an editor would (the Debug Adapter Protocol over a socket): sets a
 * breakpoint on a line of a program, runs to it, and prints the top stack frame and its local
 * variables as the debugger shows them. Used by bin/check-tools.sh.
 *
 * java bin/DapCheck.java PORT PROGRAM LINE
 */
public class DapCheck {
    private static InputStream in;
    private static OutputStream out;
    private static int seq = 1;

    public static void main(String[] args) throws Exception {
        String program = new java.io.File(args[1]).getAbsolutePath();
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(args[0]))) {
            socket.setSoTimeout(30_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            request("initialize", "{\"adapterID\":\"mojo\",\"linesStartAt1\":true,\"columnsStartAt1\":true}");
            request("attach", "{}");
            request("setBreakpoints", "{\"source\":{\"path\":\"" + program + "\"},\"breakpoints\":[{\"line\":" + args[2] + "}]}");
            request("configurationDone", "{}");
            String stopped = await("\"event\":\"stopped\"");
            String thread = first(stopped, "\"threadId\":(\\d+)");
            String trace = request("stackTrace", "{\"threadId\":" + thread + "}");
            if (!first(trace, "\"line\":(\\d+)").equals(args[2])) {
                // stopped on the first statement first (the adapter suspends there): on to the breakpoint
                request("continue", "{\"threadId\":" + thread + "}");
                await("\"event\":\"stopped\"");
                trace = request("stackTrace", "{\"threadId\":" + thread + "}");
            }
            System.out.println("stopped in " + first(trace, "\"name\":\"([^\"]*)\"") + " at " + first(trace, "\"source\":\\{[^}]*\"name\":\"([^\"]*)\"") + ":"
                            + first(trace, "\"line\":(\\d+)"));
            String scopes = request("scopes", "{\"frameId\":" + first(trace, "\"id\":(\\d+)") + "}");
            String variables = request("variables", "{\"variablesReference\":" + first(scopes, "\"variablesReference\":(\\d+)") + "}");
            Matcher m = Pattern.compile("\\{[^{}]*\"name\":\"([^\"]*)\"[^{}]*\"value\":\"([^\"]*)\"[^{}]*\\}|\\{[^{}]*\"value\":\"([^\"]*)\"[^{}]*\"name\":\"([^\"]*)\"[^{}]*\\}")
                            .matcher(variables);
            while (m.find()) {
                System.out.println("  " + (m.group(1) != null ? m.group(1) + " = " + m.group(2) : m.group(4) + " = " + m.group(3)));
            }
            request("continue", "{\"threadId\":" + thread + "}");
        }
    }

    private static String request(String command, String arguments) throws Exception {
        int id = seq++;
        byte[] body = ("{\"seq\":" + id + ",\"type\":\"request\",\"command\":\"" + command + "\",\"arguments\":" + arguments + "}").getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return await("\"request_seq\":" + id + ",");
    }

    /** The next message that contains marker (events and other replies before it are passed over). */
    private static String await(String marker) throws Exception {
        while (true) {
            String message = read();
            if (System.getenv("DAP_TRACE") != null) { // (to see the protocol)
                System.err.println("<< " + message.substring(0, Math.min(300, message.length())));
            }
            if (message.contains(marker)) {
                return message;
            }
        }
    }

    private static String read() throws Exception {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IllegalStateException("the debug adapter closed the connection");
            }
            header.write(b);
        }
        int length = Integer.parseInt(first(header.toString(StandardCharsets.US_ASCII), "Content-Length: (\\d+)"));
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1);
    }
}
