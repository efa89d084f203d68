// volunteer pages of the browser UI. Texts: org/civility/web/ui/volunteer*.properties, keys "volunteer.*".
import { page, t, h } from '../app.js';
