import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives `mojo --inspect` as Chrome DevTools would (the Chrome DevTools Protocol over a WebSocket):
 * sets a breakpoint on a line of examples/tools/busy.mojo, runs to it, and prints where it stopped
 * and the local variables as the debugger shows them. Used by bin/check-tools.sh.
 *
 * java bin/InspectorCheck.java ws://127.0.0.1:PORT/ID LINE
 */
public class InspectorCheck {
    private static final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private static WebSocket socket;
    private static int nextId = 1;

    public static void main(String[] args) throws Exception {
        int line = Integer.parseInt(args[1]);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(args[0]), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        call("Runtime.enable", "{}");
        call("Debugger.enable", "{}");
        // (DevTools numbers lines from 0)
        call("Debugger.setBreakpointByUrl", "{\"lineNumber\":" + (line - 1) + ",\"urlRegex\":\".*busy\\\\.mojo\"}");
        send("Runtime.runIfWaitingForDebugger", "{}");
        String paused = await("\"method\":\"Debugger.paused\"");
        if (!paused.matches("(?s).*\"lineNumber\":" + (line - 1) + "\\b.*")) {
            // stopped on the first statement first (--inspect suspends there): on to the breakpoint
            send("Debugger.resume", "{}");
            paused = await("\"method\":\"Debugger.paused\"");
        }
        String function = first(paused, "\"functionName\":\"([^\"]*)\"");
        String stoppedLine = first(paused, "\"lineNumber\":(\\d+)");
        String url = first(paused, "\"url\":\"([^\"]*)\"");
        System.out.println("paused in " + function + " at " + url.substring(url.lastIndexOf('/') + 1) + ":" + (Integer.parseInt(stoppedLine) + 1));
        String scope = first(paused, "\"scopeChain\":\\[\\{[^{]*\"object\":\\{[^}]*\"objectId\":\"([^\"]*)\"");
        String properties = call("Runtime.getProperties", "{\"objectId\":\"" + scope + "\"}");
        Matcher m = Pattern.compile("\"name\":\"([^\"]*)\",\"value\":\\{[^}]*?\"description\":\"([^\"]*)\"").matcher(properties);
        while (m.find()) {
            System.out.println("  " + m.group(1) + " = " + m.group(2));
        }
        send("Debugger.resume", "{}");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    private static int send(String method, String params) {
        int id = nextId++;
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        return id;
    }

    private static String call(String method, String params) throws InterruptedException {
        int id = send(method, params);
        while (true) {
            String reply = await("\"id\":" + id);
            if (reply.matches("(?s).*\"id\":" + id + "[,}].*")) {
                return reply;
            }
        }
    }

    private static String await(String marker) throws InterruptedException {
        while (true) {
            String message = messages.poll(20, TimeUnit.SECONDS);
            if (message == null) {
                throw new IllegalStateException("no message with " + marker);
            }
            if (System.getenv("INSPECTOR_TRACE") != null) { // (to see the protocol)
                System.err.println("<< " + message.substring(0, Math.min(300, message.length())));
            }
            if (message.contains(marker)) {
                return message;
            }
        }
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1);
    }
}
