// station pages of the browser UI. Texts: org/civility/web/ui/station*.properties, keys "station.*".
import { page, t, h } from '../app.js';
