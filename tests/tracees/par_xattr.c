// SPDX-License-Identifier: MIT
/*
 * par_xattr - parity tracee, extended attributes and file system calls
 * strace decodes structures of: xattrs, statfs, statx, openat2,
 * renameat2.  Stats are of files that do not change between runs.
 */
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

int main(void)
{
	struct open_how how = { .flags = O_RDONLY | O_CLOEXEC,
				.resolve = RESOLVE_NO_SYMLINKS };
	struct statfs sf;
	struct statx sx;
	char buf[64];
	int fd;

	fd = open("px.a", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	fsetxattr(fd, "user.k", "v1", 2, 0);
	setxattr("px.a", "user.m", "value", 5, XATTR_CREATE);
	lsetxattr("px.a", "user.m", "other", 5, XATTR_REPLACE);
	getxattr("px.a", "user.m", buf, sizeof(buf));
	lgetxattr("px.a", "user.none", buf, sizeof(buf));
	fgetxattr(fd, "user.k", buf, sizeof(buf));
	listxattr("px.a", buf, sizeof(buf));
	llistxattr("px.a", NULL, 0);
	flistxattr(fd, buf, sizeof(buf));
	removexattr("px.a", "user.m");
	fremovexattr(fd, "user.k");
	lremovexattr("px.a", "user.k");
	close(fd);
	statfs("/proc", &sf);
	fd = open("/proc", O_RDONLY | O_DIRECTORY);
	fstatfs(fd, &sf);
	close(fd);
	statx(AT_FDCWD, "/etc/passwd", AT_STATX_SYNC_AS_STAT,
	      STATX_TYPE | STATX_MODE | STATX_SIZE, &sx);
	statx(AT_FDCWD, "/etc", AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx);
	fd = syscall(SYS_openat2, AT_FDCWD, "/etc/passwd", &how, sizeof(how));
	close(fd);
	how.flags = O_WRONLY | O_CREAT;
	how.mode = 0600;
	how.resolve = RESOLVE_BENEATH | RESOLVE_NO_XDEV;
	syscall(SYS_openat2, AT_FDCWD, "px.b", &how, sizeof(how));
	syscall(SYS_renameat2, AT_FDCWD, "px.a", AT_FDCWD, "px.b",
		RENAME_NOREPLACE);
	syscall(SYS_renameat2, AT_FDCWD, "px.a", AT_FDCWD, "px.b",
		RENAME_EXCHANGE);
	unlink("px.a");
	unlink("px.b");
	return 0;
}
