//@ spec: 17.8, 12.5
// `for x in v` moves each element into the loop variable, which dies at the end of its
// iteration; when the loop stops early the elements not yet reached are dropped with it.
struct Task {
    id: u32,
}
impl Drop for Task {
    fn drop(&mut self) {
        println!("  task {} cleaned up", self.id);
    }
}

fn queue(ids: &[u32]) -> Vec<Task> {
    ids.iter().map(|&id| Task { id }).collect()
}

fn first_over(tasks: Vec<Task>, limit: u32) -> Option<u32> {
    for t in tasks {
        if t.id > limit {
            println!("found {}", t.id);
            return Some(t.id);
        }
        println!("skipping {}", t.id);
    }
    None
}

fn main() {
    println!("all tasks:");
    for t in queue(&[1, 2, 3]) {
        println!("run {}", t.id);
    }
    println!("stop at 12:");
    for t in queue(&[10, 11, 12, 13, 14]) {
        if t.id == 12 {
            println!("break at {}", t.id);
            break;
        }
        println!("run {}", t.id);
    }
    println!("return from search:");
    println!("result {:?}", first_over(queue(&[5, 25, 6, 7]), 20));
    println!("borrowing loop:");
    let kept = queue(&[30, 31]);
    for t in &kept {
        println!("peek {}", t.id);
    }
    println!("collect some:");
    let mut saved = Vec::new();
    for t in queue(&[40, 41, 42, 43]) {
        if t.id % 2 == 1 {
            saved.push(t);
        }
    }
    println!("saved {}", saved.len());
    println!("end of main");
}
