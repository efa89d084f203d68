package org.civility.web.record;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civility.core.record.CheckInCode;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Where a scanned check-in QR code leads: {@code <portal>/checkin?token=<link token>} (see
 * {@link CheckInCodeResource}). Redirects the phone's browser to the UI's check-in page with the token, which asks
 * the volunteer to confirm (and to sign in first if needed). Links printed before codes had tokens,
 * {@code /checkin?code=<digits>}, still lead to the page with the digits filled in. Anything but a well-formed
 * token or digits is dropped, so the redirect never carries foreign text into the page.
 */
@WebServlet(urlPatterns = "/checkin")
public class CheckInLinkServlet extends HttpServlet {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,16}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(target(request.getParameter("code"), request.getParameter("token")));
    }

    /**
     * The UI route for a link: {@code ./#/checkin?token=<token>} for a well-formed token, else
     * {@code ./#/checkin?code=<digits>} for digits, else {@code ./#/checkin}.
     */
    static String target(String code, String token) {
        String linkToken = token == null ? "" : token.strip();
        if (CheckInCode.isWellFormedLinkToken(linkToken)) {
            return "./#/checkin?token=" + linkToken;
        }
        String digits = code == null ? "" : code.strip();
        return DIGITS.matcher(digits).matches() ? "./#/checkin?code=" + digits : "./#/checkin";
    }
}
