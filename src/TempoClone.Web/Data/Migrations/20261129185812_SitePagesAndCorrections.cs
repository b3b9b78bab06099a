using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SitePagesAndCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "Articles",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Corrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Corrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Corrections_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SitePages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SitePages", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SitePages",
                columns: new[] { "Id", "BodyMarkdown", "Slug", "Title", "UpdatedAtUtc", "Version" },
                values: new object[,]
                {
                    { 1, "Susunan redaksi yang bertanggung jawab atas setiap berita di situs ini.\n\n## Pemimpin Redaksi\n\nDiisi oleh admin situs.\n\n## Redaktur Pelaksana\n\nDiisi oleh admin situs.\n\n## Redaktur\n\nPara redaktur kanal memeriksa setiap naskah sebelum terbit: kebenaran fakta, keberimbangan sumber, dan bahasa.\n\n## Reporter dan Fotografer\n\nNama reporter tercantum di setiap berita yang mereka tulis; halaman penulis mengumpulkan seluruh karyanya.\n\nKoreksi atas berita yang sudah terbit diumumkan di halaman [Ralat](/ralat).", "redaksi", "Redaksi", new DateTime(2026, 11, 29, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { 2, "Situs ini mengikuti Pedoman Pemberitaan Media Siber yang ditetapkan Dewan Pers bersama masyarakat pers. Ringkasnya, dengan kata-kata kami sendiri:\n\n## Verifikasi dan keberimbangan\n\nSetiap berita diverifikasi sebelum terbit. Bila sebuah berita belum dapat dikonfirmasi kepada semua pihak karena mendesak, hal itu kami sebutkan di dalam berita dan konfirmasi dimuat sesegera mungkin dalam pembaruan.\n\n## Isi buatan pengguna\n\nKami tidak memuat komentar atau kiriman pembaca tanpa pemeriksaan. Isi yang bohong, bermuatan kebencian atas dasar suku, agama, ras dan antargolongan, pornografi, atau kekerasan tidak kami terbitkan.\n\n## Ralat, koreksi, dan hak jawab\n\nRalat, koreksi, dan hak jawab dimuat pada berita yang bersangkutan, diberi tanggal dan waktu, serta dikumpulkan di halaman [Ralat](/ralat). Berita yang sudah terbit tidak kami hapus diam-diam; bila terpaksa dicabut karena alasan hukum atau keselamatan, pencabutan itu diumumkan.\n\n## Sengketa\n\nSengketa pemberitaan diselesaikan menurut Undang-Undang Nomor 40 Tahun 1999 tentang Pers dan Kode Etik Jurnalistik, melalui Dewan Pers.\n\nPengaduan dan hak jawab dapat dikirim lewat halaman [Kontak](/kontak).", "pedoman-media-siber", "Pedoman Media Siber", new DateTime(2026, 11, 29, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { 3, "Kami senang mendengar dari pembaca.\n\n- **Redaksi** (informasi, hak jawab, koreksi): tulis ke alamat surel redaksi yang diisi admin situs.\n- **Kerja sama dan iklan**: diisi oleh admin situs.\n- **Alamat kantor**: diisi oleh admin situs.\n\nSertakan judul dan alamat berita bila pesan Anda menyangkut sebuah berita, agar kami cepat menindaklanjutinya.", "kontak", "Kontak", new DateTime(2026, 11, 29, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { 4, "Situs berita berbahasa Indonesia yang menyajikan berita terkini, pilihan editor, dan arsip yang mudah dicari.\n\nKami menulis dengan prinsip jurnalisme yang dapat diuji: fakta diverifikasi, sumber disebut, kesalahan diakui dan diralat secara terbuka.\n\nHalaman kami ringan dan dapat dibaca tanpa JavaScript, tanpa skrip pelacak dari pihak ketiga.", "tentang-kami", "Tentang Kami", new DateTime(2026, 11, 29, 0, 0, 0, 0, DateTimeKind.Utc), 1 },
                    { 5, "Kebijakan ini menjelaskan data apa yang kami catat ketika Anda membaca situs ini.\n\n## Data yang kami catat\n\nServer kami mencatat permintaan halaman (alamat yang dibuka, waktu, alamat IP, dan jenis peramban) untuk menjaga keamanan dan menghitung berita terpopuler. Hitungan terpopuler hanya menyimpan jumlah baca per berita per jam, tanpa identitas pembaca.\n\n## Kuki\n\nPembaca tidak diberi kuki. Kuki hanya dipakai di area redaksi untuk staf yang masuk.\n\n## Pihak ketiga\n\nKami tidak memasang skrip iklan, analitik, atau media sosial dari pihak ketiga. Tombol berbagi hanyalah tautan biasa; layanan tujuannya baru menerima data setelah Anda mengekliknya.\n\n## Pertanyaan\n\nPertanyaan tentang data Anda dapat dikirim lewat halaman [Kontak](/kontak).", "kebijakan-privasi", "Kebijakan Privasi", new DateTime(2026, 11, 29, 0, 0, 0, 0, DateTimeKind.Utc), 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_AddedAtUtc",
                table: "Corrections",
                column: "AddedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_ArticleId",
                table: "Corrections",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_SitePages_Slug",
                table: "SitePages",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Corrections");

            migrationBuilder.DropTable(
                name: "SitePages");

            migrationBuilder.DropColumn(
                name: "SourceUrl",
                table: "Articles");
        }
    }
}
