// institute pages of the browser UI. Texts: org/civility/web/ui/institute*.properties, keys "institute.*".
import { page, t, h } from '../app.js';
