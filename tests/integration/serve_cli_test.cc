// SPDX-License-Identifier: Apache-2.0
// `helhed serve` finds its database like every other command: --db, else
// $HELHED_DB, else sqlite:helhed.db. The program is run as a user would run
// it; the server itself is covered by the HTTP tests (web_http_test).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/run_program.h"
#include "testing/test_paths.h"

namespace helhed {
namespace {

using ::helhed::testing::RunHelhed;
using ::testing::HasSubstr;

// Sets an environment variable for one test and restores "unset" after it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) { setenv(name, value.c_str(), 1); }
  ~ScopedEnv() { unsetenv(name_); }

 private:
  const char* name_;
};

// A loopback port held open, so `serve` gets as far as binding and stops there.
class BusyPort {
 public:
  BusyPort() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    EXPECT_EQ(bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    EXPECT_EQ(listen(fd_, 1), 0);
    socklen_t len = sizeof addr;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  ~BusyPort() { close(fd_); }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

TEST(ServeCliTest, UsesTheDatabaseFromHelhedDbWhenNoFlagIsGiven) {
  testing::ScratchDir scratch;
  const std::string db = "sqlite:" + (scratch.path() / "fra-miljoeet.db").string();
  ScopedEnv env("HELHED_DB", db);
  // No --demo: the database must exist, and the message names the one from the environment.
  auto missing = RunHelhed({"serve", "--listen", "127.0.0.1:1"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "fejl: Databasen " + db + " findes ikke. Tjek stien, eller opret en ny med 'helhed db init "
                         "--db " + db + "'.\n");

  // With --demo the demo goes into that database; binding to a busy port then ends the program.
  BusyPort busy;
  auto demo = RunHelhed({"serve", "--demo", "--listen", "127.0.0.1:" + std::to_string(busy.port())});
  EXPECT_NE(demo.exit_code, 0);
  EXPECT_THAT(demo.err, HasSubstr("kan ikke lytte på 127.0.0.1:" + std::to_string(busy.port())));
  auto plans = RunHelhed({"plan", "list"});
  ASSERT_EQ(plans.exit_code, 0) << plans.err;
  EXPECT_THAT(plans.out, HasSubstr("Fredericia"));
}

TEST(ServeCliTest, TheFlagWinsOverTheEnvironment) {
  testing::ScratchDir scratch;
  ScopedEnv env("HELHED_DB", "mysql://ikke-brugt");
  const std::string db = "sqlite:" + (scratch.path() / "flag.db").string();
  auto missing = RunHelhed({"serve", "--db", db, "--listen", "127.0.0.1:1"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, HasSubstr("Databasen " + db + " findes ikke"));
}

}  // namespace
}  // namespace helhed
