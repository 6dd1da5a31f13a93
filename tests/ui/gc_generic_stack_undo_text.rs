//@ spec: 13.2, 17.6, 17.8, 12.4
// A student-written Stack<T> over Vec<T> used as an undo history of owned Strings:
// push/pop move values in and out, peek borrows, and what is left is dropped with the stack.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

struct Page {
    name: String,
}

impl Drop for Page {
    fn drop(&mut self) {
        println!("drop page {}", self.name);
    }
}

fn main() {
    let mut text = String::from("hello");
    let mut history: Stack<String> = Stack::new();
    for word in ["brave", "new", "world"] {
        history.push(text.clone());
        text.push(' ');
        text.push_str(word);
    }
    println!("text: {} (history {})", text, history.len());
    if let Some(prev) = history.peek() {
        println!("peek: {}", prev);
    }
    while history.len() > 1 {
        text = history.pop().unwrap();
        println!("undo -> {}", text);
    }
    println!("empty? {}", history.is_empty());

    let mut pages: Stack<Page> = Stack::new();
    pages.push(Page { name: String::from("a") });
    pages.push(Page { name: String::from("b") });
    pages.push(Page { name: String::from("c") });
    let top = pages.pop().unwrap();
    println!("took {}", top.name);
    drop(top);
    println!("end of main");
}
