// `npm start`: where Excel desktop exists (Windows, macOS), office-addin-debugging starts the dev server
// and sideloads the add-in into Excel, as in Microsoft's templates. Elsewhere there is no Excel to open,
// so it starts the dev server and says how to sideload into Excel on the web.
import { spawn } from "node:child_process";

const hasExcelDesktop = process.platform === "win32" || process.platform === "darwin";
const command = hasExcelDesktop ? "npx office-addin-debugging start manifest.xml desktop" : "npm run dev-server";

if (!hasExcelDesktop) {
  console.log(`
Anexos SES/MG — servidor de desenvolvimento em https://localhost:3000/

Não há Excel para computador nesta máquina.

Para ver o painel agora, sem Excel: abra https://localhost:3000/taskpane.html (ou só https://localhost:3000/)
em qualquer navegador e aceite o certificado de desenvolvimento (ou importe ~/.office-addin-dev-certs/ca.crt
como autoridade confiável). Fora do Excel o painel abre no modo de demonstração, sobre uma pasta de exemplo.

Para usar o suplemento no Excel na Web:
  1. Aceite o certificado como acima.
  2. Abra uma pasta de trabalho no Excel na Web.
  3. Página Inicial > Suplementos > Mais Suplementos > Meus Suplementos > Carregar Meu Suplemento,
     e escolha o arquivo manifest.xml desta pasta.
  4. Digite =SES.PORTE(2000000,01) em uma célula: o resultado é Porte II.
     O botão "Anexos SES/MG" da guia Página Inicial abre o painel.

Ctrl+C encerra o servidor.
`);
}

const child = spawn(command, { stdio: "inherit", shell: true });
child.on("exit", (code) => process.exit(code ?? 0));
