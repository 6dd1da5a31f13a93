//@ spec: 12.7
// An enum that a branch may never have made, and that another branch partly moved out of,
// is dropped only where it exists: its variant is read behind a drop flag. (Chain::next
// over Strings read an uninitialized variant here; valgrind saw it.)
struct Job(&'static str);
impl Drop for Job {
    fn drop(&mut self) {
        println!("  drop job {}", self.0);
    }
}

fn next_job(queue: &mut Vec<Job>, closed: &mut bool) -> Option<Job> {
    if !*closed {
        match queue.pop() {
            Some(job) => return Some(job),
            None => *closed = true,
        }
    }
    None
}

fn next_name(names: &mut Vec<String>, closed: &mut bool) -> Option<String> {
    if !*closed {
        match names.pop() {
            Some(name) => return Some(name),
            None => *closed = true,
        }
    }
    None
}

fn first_two(a: Vec<String>, b: Vec<String>) -> Vec<String> {
    a.into_iter().chain(b.into_iter()).take(2).collect()
}

fn main() {
    let mut queue = vec![Job("build"), Job("test")];
    let mut closed = false;
    while let Some(job) = next_job(&mut queue, &mut closed) {
        println!("run {}", job.0);
    }
    println!("closed {} left {}", closed, queue.len());
    let mut names = vec![String::from("x")];
    let mut done = false;
    while let Some(n) = next_name(&mut names, &mut done) {
        println!("name {}", n);
    }
    let names = first_two(vec![String::from("ada")], vec![String::from("bo"), String::from("cy")]);
    println!("{:?}", names);
    let all: Vec<String> = vec![String::from("a")].into_iter().chain(vec![String::from("b")].into_iter()).collect();
    println!("{:?}", all);
}
