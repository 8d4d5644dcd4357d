// The TestOps paths the client itself needs, below the calls of TestOpsApi (which includes the client): the
// one place besides TestOpsApi.cpp where a path of TestOps is written.
#pragma once

namespace TestOpsPaths {
// The token exchange; TestOpsClient sends it itself before the first call and when the JWT expires.
inline constexpr char16_t token[] = u"/api/uaa/oauth/token";
} // namespace TestOpsPaths
