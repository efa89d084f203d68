/** JPA adapters of the lecture feature: lectures with themes and materials' metadata, study plans, requests (V6). */
package org.civility.persistence.lecture;
