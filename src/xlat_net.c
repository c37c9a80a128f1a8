// SPDX-License-Identifier: MIT
/* stub */
#include "xlat.h"

const struct xlat xlat_address_families[] = { XLAT_END };
const struct xlat xlat_socket_types[] = { XLAT_END };
const struct xlat xlat_socket_flags[] = { XLAT_END };
const struct xlat xlat_ip_protocols[] = { XLAT_END };
const struct xlat xlat_msg_flags[] = { XLAT_END };
const struct xlat xlat_shutdown_how[] = { XLAT_END };
const struct xlat xlat_sockopt_levels[] = { XLAT_END };
const struct xlat xlat_sockopt_names[] = { XLAT_END };
const struct xlat xlat_poll_events[] = { XLAT_END };
const struct xlat xlat_epoll_ctl_ops[] = { XLAT_END };
const struct xlat xlat_epoll_events[] = { XLAT_END };
