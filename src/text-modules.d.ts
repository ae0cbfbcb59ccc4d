// Text files imported by the task pane (webpack's asset/source; jest maps them the same way).
declare module "*.txt" {
  const text: string;
  export default text;
}
