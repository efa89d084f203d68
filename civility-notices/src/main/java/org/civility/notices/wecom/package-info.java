/**
 * A unit's WeChat group (the {@link org.civility.core.notice.Channel#WECHAT_GROUP} channel) reached through its
 * WeCom (企业微信) group robot: one webhook call per delivery, answered with {@code errcode} 0 when posted. The
 * robot's key is part of the webhook's URL and is a secret: it is never logged and never part of an error.
 */
package org.civility.notices.wecom;
