package dev.adfconsole.ui.pipelinerun;

/**
 * How the run dialog shows a request: the method and the path, then each query parameter on a line of its own (the
 * recovery options live there, and on one line they ran off the screen), then the body. {@link #exact} is the same
 * request with its URL on one line, as sent: what Copy puts on the clipboard.
 */
record RequestPreview(String shown, String exact) {

    static RequestPreview of(String method, String url, String prettyBody, String body) {
        int q = url.indexOf('?');
        StringBuilder shown = new StringBuilder(method).append(' ').append(q < 0 ? url : url.substring(0, q));
        if (q >= 0) {
            // '&' inside a value is sent as %26, so splitting the encoded query is safe.
            String[] pairs = url.substring(q + 1).split("&");
            for (int i = 0; i < pairs.length; i++) {
                shown.append("\n    ").append(i == 0 ? '?' : '&').append(pairs[i]);
            }
        }
        shown.append("\n\n").append(prettyBody);
        return new RequestPreview(shown.toString(), method + ' ' + url + "\n\n" + body);
    }
}
