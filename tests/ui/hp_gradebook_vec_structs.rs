//@ spec: 17.6, 17.8, 13.5, 16.3
// A gradebook: Vec<Student> where each student owns a Vec<u32> of marks; averages are
// Options (no marks => None), lookups return Option<&Student>, and students who dropped
// out are removed with retain.
#[derive(Debug)]
struct Student {
    name: String,
    marks: Vec<u32>,
    active: bool,
}

impl Student {
    fn new(name: &str) -> Student {
        Student { name: name.to_string(), marks: Vec::new(), active: true }
    }
    fn average(&self) -> Option<f64> {
        if self.marks.is_empty() {
            None
        } else {
            Some(self.marks.iter().sum::<u32>() as f64 / self.marks.len() as f64)
        }
    }
    fn best(&self) -> Option<u32> {
        self.marks.iter().copied().max()
    }
}

fn find<'a>(book: &'a [Student], name: &str) -> Option<&'a Student> {
    book.iter().find(|s| s.name == name)
}

fn find_mut<'a>(book: &'a mut Vec<Student>, name: &str) -> Option<&'a mut Student> {
    book.iter_mut().find(|s| s.name == name)
}

fn main() {
    let mut book: Vec<Student> = ["Ana", "Ben", "Cleo", "Dev"].iter().map(|n| Student::new(n)).collect();
    let entries = [("Ana", 81), ("Ben", 62), ("Ana", 95), ("Cleo", 70), ("Zed", 99), ("Ben", 58), ("Ana", 77)];
    for &(name, mark) in entries.iter() {
        match find_mut(&mut book, name) {
            Some(s) => s.marks.push(mark),
            None => println!("no student named {}", name),
        }
    }
    if let Some(s) = find_mut(&mut book, "Cleo") {
        s.active = false;
    }
    for s in &book {
        let avg = s.average().map(|a| format!("{:.2}", a)).unwrap_or(String::from("n/a"));
        println!("{:<5} marks {:?} avg {} best {:?}", s.name, s.marks, avg, s.best());
    }
    let before = book.len();
    book.retain(|s| s.active && !s.marks.is_empty());
    let names: Vec<&str> = book.iter().map(|s| s.name.as_str()).collect();
    println!("kept {:?} (had {})", names, before);
    println!("find Dev: {:?}", find(&book, "Ana").map(|s| s.marks.len()));
    println!("find Eve: {:?}", find(&book, "Eve").is_none());
    let top = book.iter().max_by_key(|s| s.best().unwrap_or(0)).unwrap();
    println!("top scorer {} with {}", top.name, top.best().unwrap());
    println!("{:?}", book.last());
}
