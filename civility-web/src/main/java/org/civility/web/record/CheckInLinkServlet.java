package org.civility.web.record;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Where a scanned check-in QR code leads: {@code <portal>/checkin?code=<digits>} (see {@link CheckInCodeResource}).
 * Redirects the phone's browser to the UI's check-in page with the digits filled in, which asks the volunteer to
 * confirm (and to sign in first if needed). Anything but digits is dropped, so the redirect never carries foreign
 * text into the page.
 */
@WebServlet(urlPatterns = "/checkin")
public class CheckInLinkServlet extends HttpServlet {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,16}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(target(request.getParameter("code")));
    }

    /** The UI route for a code: {@code ./#/checkin?code=<digits>}, or {@code ./#/checkin} for anything else. */
    static String target(String code) {
        String digits = code == null ? "" : code.strip();
        return DIGITS.matcher(digits).matches() ? "./#/checkin?code=" + digits : "./#/checkin";
    }
}
