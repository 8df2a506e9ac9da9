package text

func classifyContent(text string) string { return Other }
