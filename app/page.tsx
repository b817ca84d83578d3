export default function Home() {
  return <main>EGP Console</main>;
}
