import java.io.*;
import java.nio.file.*;
import java.sql.*;
import java.util.Arrays;

/**
 * Where should a screening's files live so every node reads them? A 1,000,000-row list (and its
 * result) written and read back two ways in one run: in PostgreSQL as 1 MiB BYTEA pieces (what
 * ScreeningFiles does) and as a file in a folder (what a shared folder would be, here a local one, so
 * the folder's figure is a best case: a network share is slower).
 * Usage: java -cp postgresql.jar ScreeningStorageBench.java JDBC_URL USER PASSWORD
 */
public class ScreeningStorageBench {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("screening-storage-");
        Path csv = dir.resolve("list.csv");
        try (var out = new BufferedWriter(new FileWriter(csv.toFile()))) {
            out.write("reference,postcode,date_of_birth,eligible,imd_decile,lsoa_code,local_authority,reasons,error\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("REF" + i + ",RM18 7AG,1990-04-30,yes,1,E01016006,Thurrock,imd;age;area,\n");
            }
        }
        long bytes = Files.size(csv);
        System.out.printf("file_rows: %d rows%nfile_size: %.1f MB%n", 1_000_000, bytes / 1e6);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.createStatement().execute("CREATE TEMP TABLE f (chunk int primary key, data bytea)");
            for (int round = 0; round < 3; round++) {
                c.createStatement().execute("TRUNCATE f");
                long t0 = System.nanoTime();
                c.setAutoCommit(false);
                try (InputStream in = Files.newInputStream(csv); PreparedStatement ps = c.prepareStatement("INSERT INTO f VALUES (?, ?)")) {
                    byte[] buf = new byte[1 << 20];
                    int n, chunk = 0;
                    while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                        ps.setInt(1, chunk++);
                        ps.setBytes(2, n == buf.length ? buf : Arrays.copyOf(buf, n));
                        ps.executeUpdate();
                    }
                }
                c.commit();
                c.setAutoCommit(true);
                long t1 = System.nanoTime();
                long read = 0;
                try (PreparedStatement ps = c.prepareStatement("SELECT data FROM f WHERE chunk = ?")) {
                    for (int chunk = 0; ; chunk++) {
                        ps.setInt(1, chunk);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) break;
                            read += rs.getBytes(1).length;
                        }
                    }
                }
                long t2 = System.nanoTime();
                Path copy = dir.resolve("copy.csv");
                long t3 = System.nanoTime();
                try (var out = new FileOutputStream(copy.toFile()); var in = Files.newInputStream(csv)) {
                    in.transferTo(out);
                    out.getFD().sync();
                }
                long t4 = System.nanoTime();
                long fileRead;
                try (var in = Files.newInputStream(copy)) {
                    fileRead = in.transferTo(OutputStream.nullOutputStream());
                }
                long t5 = System.nanoTime();
                if (read != bytes || fileRead != bytes) throw new IllegalStateException("lost bytes");
                System.out.printf("round_%d_postgresql_write: %.2f s%nround_%d_postgresql_read: %.2f s%n"
                        + "round_%d_folder_write_baseline: %.2f s%nround_%d_folder_read_baseline: %.2f s%n",
                        round, (t1 - t0) / 1e9, round, (t2 - t1) / 1e9, round, (t4 - t3) / 1e9, round, (t5 - t4) / 1e9);
            }
        }
    }
}
