// NewsgraphNeo4j runs a Neo4j 5.26 community DBMS from the jars that
// neo4j.sh installs, with Bolt on a loopback port and authentication ON, for
// newsgraph's integration tests and for local use (`neo4j.sh up`).
//
// Usage: java -cp 'lib/*:classes' NewsgraphNeo4j --home DIR [--host 127.0.0.1]
//        [--port 7687] [--password PW] [--pagecache 64m]
//
// It embeds the DBMS rather than running org.neo4j.server.CommunityEntryPoint
// because the embedded builder lets it set the password of the built-in
// "neo4j" user at start (through the system database), so no interactive
// first login or neo4j-admin step is needed, and it needs no neo4j.conf.
// It prints "newsgraph-neo4j ready bolt://HOST:PORT" once the default
// database is available, and shuts the DBMS down cleanly on SIGTERM/SIGINT.

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class NewsgraphNeo4j {
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        opt.put("--host", "127.0.0.1");
        opt.put("--port", "7687");
        opt.put("--password", "newsgraph-test");
        opt.put("--pagecache", "64m");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!opt.containsKey(a) && !a.equals("--home")) {
                die("unknown argument " + a);
            }
            if (i + 1 >= args.length) {
                die(a + " needs a value");
            }
            opt.put(a, args[++i]);
        }
        String home = opt.get("--home");
        if (home == null) {
            die("--home DIR is required");
        }
        String password = opt.get("--password");
        // Neo4j refuses passwords shorter than 8 characters; say so here rather
        // than after a slow start.
        if (password.length() < 8) {
            die("--password must have at least 8 characters");
        }
        int port = Integer.parseInt(opt.get("--port"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(home))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(opt.get("--host"), port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(opt.get("--pagecache")))
                // Tests load and wipe over and over: keep few transaction logs on disk.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                // Bolt waits 5 s twice on shutdown for idle threads and
                // connections; tests stop servers often.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("newsgraph-neo4j stopping");
            dbms.shutdown();
            stopped.countDown();
        }));

        setPassword(dbms, password);
        // Fail fast if the default database did not come up.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("newsgraph-neo4j ready bolt://" + opt.get("--host") + ":" + port);
        System.out.flush();
        stopped.await();
    }

    // setPassword gives the built-in user the known password, without the
    // "change on first login" flag. On a home that already has that password
    // Neo4j refuses to set it again; that is fine.
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static void die(String msg) {
        System.err.println("NewsgraphNeo4j: " + msg);
        System.exit(2);
    }
}
