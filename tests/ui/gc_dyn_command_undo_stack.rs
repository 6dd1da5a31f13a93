//@ spec: 14.10, 17.3, 17.8, 12.4
// Commands are owned as Vec<Box<dyn Command>>: executing one moves its box from the todo
// list onto the undo stack, undo moves it back; dropping boxes runs each type's Drop via the vtable.
trait Command {
    fn apply(&mut self, doc: &mut Vec<String>);
    fn undo(&mut self, doc: &mut Vec<String>);
    fn label(&self) -> String;
}

struct Append {
    line: String,
}

struct RemoveLast {
    removed: Option<String>,
}

impl Command for Append {
    fn apply(&mut self, doc: &mut Vec<String>) {
        doc.push(self.line.clone());
    }
    fn undo(&mut self, doc: &mut Vec<String>) {
        doc.pop();
    }
    fn label(&self) -> String {
        format!("append {:?}", self.line)
    }
}

impl Command for RemoveLast {
    fn apply(&mut self, doc: &mut Vec<String>) {
        self.removed = doc.pop();
    }
    fn undo(&mut self, doc: &mut Vec<String>) {
        if let Some(line) = self.removed.take() {
            doc.push(line);
        }
    }
    fn label(&self) -> String {
        String::from("remove last")
    }
}

impl Drop for Append {
    fn drop(&mut self) {
        println!("drop Append({})", self.line);
    }
}

fn main() {
    let mut doc: Vec<String> = Vec::new();
    let mut todo: Vec<Box<dyn Command>> = vec![
        Box::new(Append { line: String::from("one") }),
        Box::new(Append { line: String::from("two") }),
        Box::new(RemoveLast { removed: None }),
        Box::new(Append { line: String::from("three") }),
    ];
    todo.reverse();
    let mut done: Vec<Box<dyn Command>> = Vec::new();
    while let Some(mut cmd) = todo.pop() {
        cmd.apply(&mut doc);
        println!("{:<16} -> {:?}", cmd.label(), doc);
        done.push(cmd);
    }
    for _ in 0..3 {
        let mut cmd = done.pop().unwrap();
        cmd.undo(&mut doc);
        println!("undo {:<11} -> {:?}", cmd.label(), doc);
        todo.push(cmd);
    }
    println!("done {} todo {}", done.len(), todo.len());
    todo.clear();
    println!("todo cleared");
}
