#include "openfilelimit.h"

#include <limits>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#if defined(Q_OS_DARWIN)
#include <climits>
#endif
#endif

namespace dp {

qint64 raiseOpenFileLimit()
{
#if defined(Q_OS_UNIX)
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    rlim_t wanted = limit.rlim_max;
#if defined(Q_OS_DARWIN)
    // macOS reports an unlimited hard limit but refuses more than OPEN_MAX.
    if (wanted == RLIM_INFINITY || wanted > rlim_t(OPEN_MAX))
        wanted = OPEN_MAX;
#endif
    if (limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max()
                                           : qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

} // namespace dp
