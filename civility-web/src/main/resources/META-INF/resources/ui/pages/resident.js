// resident pages of the browser UI. Texts: org/civility/web/ui/resident*.properties, keys "resident.*".
import { page, t, h } from '../app.js';
