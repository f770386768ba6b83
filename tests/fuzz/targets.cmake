# The fuzz targets, one line each: dp_fuzz_target(NAME SOURCES...). The sub-build (CMakeLists.txt
# here) makes an executable of each, tests/CMakeLists.txt a ctest that runs it on corpus/NAME.
dp_fuzz_target(to_hub fuzz_to_hub.cpp)
dp_fuzz_target(to_device fuzz_to_device.cpp)
dp_fuzz_target(catalog fuzz_catalog.cpp)
# The hub's transport: the WebSocket frame decoder, and the HTTP request-head parser with the
# WebSocket handshake answered from it.
dp_fuzz_target(websocket_decoder fuzz_websocket_decoder.cpp)
dp_fuzz_target(request_head fuzz_request_head.cpp)
