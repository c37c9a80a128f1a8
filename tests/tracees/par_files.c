// SPDX-License-Identifier: MIT
/*
 * par_files - parity tracee, files and directories: create, write, read,
 * seek, stat, rename, link, list and remove, all under a relative
 * directory so that strace's and mytrace's runs print the same paths.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	struct stat st;
	int fd, dfd;

	mkdir("pf.d", 0755);
	fd = open("pf.d/a", O_RDWR | O_CREAT | O_TRUNC, 0640);
	write(fd, "hello, parity\n", 14);
	pwrite(fd, "XY", 2, 3);
	lseek(fd, 0, SEEK_SET);
	read(fd, buf, sizeof(buf));
	pread(fd, buf, 4, 2);
	lseek(fd, -2, SEEK_END);
	fstat(fd, &st);
	ftruncate(fd, 5);
	fsync(fd);
	fdatasync(fd);
	fchmod(fd, 0600);
	close(fd);
	stat("/etc/passwd", &st);
	lstat("pf.d/a", &st);
	access("pf.d/a", R_OK | W_OK);
	access("pf.d/missing", F_OK);
	faccessat(AT_FDCWD, "pf.d/a", X_OK, 0);
	chmod("pf.d/a", 0644);
	truncate("pf.d/a", 3);
	symlink("a", "pf.d/l");
	readlink("pf.d/l", buf, sizeof(buf));
	link("pf.d/a", "pf.d/h");
	rename("pf.d/h", "pf.d/h2");
	dfd = open("pf.d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	renameat(dfd, "h2", dfd, "h3");
	mkdirat(dfd, "sub", 0700);
	fd = openat(dfd, "sub/f", O_WRONLY | O_CREAT | O_EXCL, 0600);
	close(fd);
	syscall(SYS_getdents64, dfd, buf, sizeof(buf));
	fchdir(dfd);
	getcwd(buf, sizeof(buf));
	chdir("..");
	unlinkat(dfd, "sub/f", 0);
	unlinkat(dfd, "sub", AT_REMOVEDIR);
	close(dfd);
	creat("pf.d/c", 0600);
	unlink("pf.d/c");
	unlink("pf.d/l");
	unlink("pf.d/h3");
	unlink("pf.d/a");
	umask(022);
	rmdir("pf.d");
	rmdir("pf.d");
	return 0;
}
