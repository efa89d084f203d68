// dashboard pages of the browser UI. Texts: org/civility/web/ui/dashboard*.properties, keys "dashboard.*".
import { page, t, h } from '../app.js';
