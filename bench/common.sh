# Sourced by the bench scripts: builds once and gives the test class path in $CP.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -f target/stride.jar && -d target/test-classes ]] || mvn -q -B package -DskipTests
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
CP=target/test-classes:target/classes:$(cat target/test-cp.txt)
