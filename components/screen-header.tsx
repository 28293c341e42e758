/** The title and one-line lead at the top of every screen. */
export function ScreenHeader({ title, lead }: { title: string; lead: string }) {
  return (
    <header className="space-y-2">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="max-w-2xl text-stone-700 dark:text-stone-300">{lead}</p>
    </header>
  );
}
