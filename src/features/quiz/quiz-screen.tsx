export function QuizScreen() {
  return null;
}
